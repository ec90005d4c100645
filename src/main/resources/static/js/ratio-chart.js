// A margin contract's maintenance collateral ratio at each close, against the house lines (300/150/130/110%).
(function () {
  var element = document.getElementById('ratio-chart');
  if (!element || !window.echarts || !element.dataset.days) {
    return;
  }
  var days = element.dataset.days.split(',');
  var ratios = element.dataset.ratios.split(',').map(function (v) { return v === '' ? null : Number(v); });
  var lines = element.dataset.lines.split(',').map(Number);
  var colours = ['#2f9e44', '#e8a317', '#e8590c', '#d9363e'];
  var chart = echarts.init(element);
  chart.setOption({
    animation: false,
    tooltip: {trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v.toFixed(2) + '%'; }},
    grid: {left: 60, right: 30, top: 20, bottom: 30},
    xAxis: {type: 'category', data: days.map(function (d) { return d.substring(5); })},
    yAxis: {type: 'value', scale: true, axisLabel: {formatter: '{value}%'}},
    series: [{
      type: 'line', name: element.dataset.label, data: ratios, symbolSize: 4, itemStyle: {color: '#3b6fb6'},
      markLine: {symbol: 'none', label: {position: 'insideEndTop', formatter: '{c}%'},
        data: lines.map(function (v, i) { return {yAxis: v, lineStyle: {color: colours[i], type: 'dashed'}}; })}
    }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
