// Draws every .bar-chart element from data-labels, data-series (names) and data-values, data-values2 (comma-separated),
// or from data-stacked: one comma-separated series per name, separated by '|', drawn stacked; data-horizontal="true"
// lays the bars along the labels down the side, for many or long labels. Charts inside a part of the page that htmx
// replaces are drawn again.
(function () {
  if (!window.echarts) {
    return;
  }
  function series(element) {
    var names = element.dataset.series.split(',');
    if (element.dataset.stacked) {
      return element.dataset.stacked.split('|').map(function (values, i) {
        return {type: 'bar', stack: 'all', name: names[i], data: values.split(',').map(Number)};
      });
    }
    return [element.dataset.values, element.dataset.values2].filter(Boolean).map(function (values, i) {
      return {type: 'bar', name: names[i], data: values.split(',').map(Number)};
    });
  }
  function draw(root) {
    root.querySelectorAll('.bar-chart').forEach(function (element) {
      if (!element.dataset.labels) {
        return;
      }
      var existing = echarts.getInstanceByDom(element);
      if (existing) {
        existing.dispose();
      }
      var chart = echarts.init(element);
      var horizontal = element.dataset.horizontal === 'true';
      var categories = {type: 'category', data: element.dataset.labels.split(','), axisLabel: {interval: 0}};
      var values = {type: 'value', minInterval: 1};
      chart.setOption({
        animation: false,
        tooltip: {trigger: 'axis'},
        legend: {bottom: 0},
        color: element.dataset.stacked ? ['#5aa469', '#e0b040', '#e07b39', '#c0392b'] : ['#3b6fb6', '#5aa469'],
        grid: {left: horizontal ? 80 : 40, right: 20, top: 20, bottom: 50},
        xAxis: horizontal ? values : categories,
        yAxis: horizontal ? Object.assign({inverse: true}, categories) : values,
        series: series(element)
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  draw(document);
  document.body.addEventListener('htmx:afterSettle', function (event) { draw(event.target); });
})();
