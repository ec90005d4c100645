// Draws every .pie-chart element as a doughnut from its data-labels and data-values (comma-separated).
(function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('.pie-chart').forEach(function (element) {
    if (!element.dataset.values) {
      return;
    }
    var labels = element.dataset.labels.split(',');
    var values = element.dataset.values.split(',').map(Number);
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'item', formatter: '{b}: {c} ({d}%)'},
      legend: {bottom: 0, type: 'scroll'},
      color: ['#3b6fb6', '#5aa469', '#f0a431', '#d9534f', '#8e6bbf', '#5bc0de'],
      series: [{
        type: 'pie', radius: ['40%', '70%'], center: ['50%', '45%'], label: {show: false},
        data: labels.map(function (label, i) { return {name: label, value: values[i]}; })
          .filter(function (item) { return item.value > 0; })
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
