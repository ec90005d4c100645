// Daily candlestick chart with volume for the security detail page (colours as in China: red up, green down).
(function () {
  var element = document.getElementById('price-chart');
  if (!element || !window.echarts) {
    return;
  }
  fetch(element.dataset.barsUrl, {headers: {'Accept': 'application/json'}})
    .then(function (response) { return response.json(); })
    .then(function (data) {
      if (!data.bars.length) {
        element.textContent = element.dataset.empty;
        return;
      }
      var dates = data.bars.map(function (b) { return b[0]; });
      var candles = data.bars.map(function (b) { return [b[1], b[2], b[3], b[4]]; });
      var volumes = data.bars.map(function (b) { return b[5]; });
      var chart = echarts.init(element);
      chart.setOption({
        animation: false,
        tooltip: {trigger: 'axis', axisPointer: {type: 'cross'}},
        grid: [{left: 80, right: 20, top: 20, height: '60%'}, {left: 80, right: 20, top: '76%', height: '16%'}],
        xAxis: [{type: 'category', data: dates, boundaryGap: true}, {type: 'category', gridIndex: 1, data: dates, axisLabel: {show: false}}],
        yAxis: [{scale: true}, {gridIndex: 1, splitNumber: 2, name: element.dataset.volume}],
        dataZoom: [{type: 'inside', xAxisIndex: [0, 1], start: 50, end: 100}],
        series: [
          {type: 'candlestick', data: candles, itemStyle: {color: '#d9363e', color0: '#1a9e50', borderColor: '#d9363e', borderColor0: '#1a9e50'}},
          {type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: volumes, itemStyle: {color: '#8aa4c8'}}
        ]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
})();
