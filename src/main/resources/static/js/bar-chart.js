// Draws every .bar-chart element from data-labels, data-series (names) and data-values, data-values2 (comma-separated).
(function () {
  if (!window.echarts) {
    return;
  }
  document.querySelectorAll('.bar-chart').forEach(function (element) {
    if (!element.dataset.labels) {
      return;
    }
    var names = element.dataset.series.split(',');
    var series = [element.dataset.values, element.dataset.values2].filter(Boolean).map(function (values, i) {
      return {type: 'bar', name: names[i], data: values.split(',').map(Number)};
    });
    var chart = echarts.init(element);
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {bottom: 0},
      color: ['#3b6fb6', '#5aa469'],
      grid: {left: 40, right: 20, top: 20, bottom: 50},
      xAxis: {type: 'category', data: element.dataset.labels.split(','), axisLabel: {interval: 0}},
      yAxis: {type: 'value', minInterval: 1},
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
