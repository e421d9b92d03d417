// Dashboard charts: data comes from data-* attributes on each <canvas> (the CSP forbids inline script).
(function () {
    'use strict';
    if (!window.Chart) {
        return;
    }

    var palette = ['#9b1c1c', '#1d4ed8', '#047857', '#b45309', '#6d28d9', '#0e7490', '#be185d', '#4b5563'];

    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var type = canvas.getAttribute('data-chart');
        var horizontal = canvas.getAttribute('data-horizontal') === 'true';
        var labels = JSON.parse(canvas.getAttribute('data-labels') || '[]');
        var series = JSON.parse(canvas.getAttribute('data-series') || '[]');
        var datasets = series.map(function (s, i) {
            var colour = palette[i % palette.length];
            return {
                label: s.label,
                data: s.data,
                backgroundColor: type === 'doughnut' ? palette : colour,
                borderColor: type === 'doughnut' ? '#fff' : colour,
                tension: 0.2
            };
        });
        new window.Chart(canvas, {
            type: type,
            data: { labels: labels, datasets: datasets },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                indexAxis: horizontal ? 'y' : 'x',
                locale: 'vi-VN',
                plugins: { legend: { display: type !== 'bar' || datasets.length > 1 } }
            }
        });
    });
})();
