// Daily assets over the 20 trading days before a permission application, against each board's threshold.
(function () {
  var element = document.getElementById('assets-chart');
  if (!element || !window.echarts || !element.dataset.days) {
    return;
  }
  var days = element.dataset.days.split(',');
  var totals = element.dataset.totals.split(',').map(Number);
  var lines = Array.from(new Set(element.dataset.lines.split(',').map(Number)));
  var chart = echarts.init(element);
  chart.setOption({
    animation: false,
    tooltip: {trigger: 'axis'},
    grid: {left: 90, right: 20, top: 20, bottom: 30},
    xAxis: {type: 'category', data: days.map(function (d) { return d.substring(5); })},
    yAxis: {type: 'value'},
    series: [{
      type: 'bar', name: element.dataset.label, data: totals, itemStyle: {color: '#3b6fb6'},
      markLine: {symbol: 'none', lineStyle: {color: '#d9363e', type: 'dashed'}, label: {position: 'insideEndTop'},
        data: lines.map(function (v) { return {yAxis: v}; })}
    }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
