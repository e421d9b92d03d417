// Dashboard charts: data comes from data-* attributes on each <canvas> (the CSP forbids inline script).
(function () {
    'use strict';
    if (!window.Chart) {
        return;
    }

    var palette = ['#9b1c1c', '#1d4ed8', '#047857', '#b45309', '#6d28d9', '#0e7490', '#be185d', '#4b5563'];
    var phone = window.matchMedia('(max-width: 575.98px)').matches;

    // Long category names break into lines of about `width` characters (Chart.js draws an array as several lines).
    function wrap(label, width) {
        var words = String(label).split(' ');
        var lines = [];
        var line = '';
        words.forEach(function (word) {
            if (line && (line + ' ' + word).length > width) {
                lines.push(line);
                line = word;
            } else {
                line = line ? line + ' ' + word : word;
            }
        });
        if (line) {
            lines.push(line);
        }
        return lines.length > 1 ? lines : label;
    }

    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var type = canvas.getAttribute('data-chart');
        var labels = JSON.parse(canvas.getAttribute('data-labels') || '[]');
        var series = JSON.parse(canvas.getAttribute('data-series') || '[]');
        // Bars lie down on phones so every category name stays readable instead of rotated and overlapping.
        var horizontal = canvas.getAttribute('data-horizontal') === 'true' || (type === 'bar' && phone);
        // The month still running is drawn dashed and named "đang diễn ra", so a low partial value never looks like a collapse.
        var unfinishedAttr = canvas.getAttribute('data-unfinished-index');
        var unfinished = unfinishedAttr === null || unfinishedAttr === '' ? -1 : parseInt(unfinishedAttr, 10);
        if (unfinished >= 0 && unfinished < labels.length) {
            labels[unfinished] = [labels[unfinished], 'đang diễn ra'];
        }

        if (horizontal) {
            labels = labels.map(function (l) { return Array.isArray(l) ? l : wrap(l, phone ? 18 : 28); });
            var box = canvas.parentElement;
            if (box && box.classList.contains('chart-box')) {
                box.style.height = Math.max(240, labels.length * (phone ? 44 : 34) + 60) + 'px';
            }
        }

        var datasets = series.map(function (s, i) {
            var colour = palette[i % palette.length];
            var dataset = {
                label: s.label,
                data: s.data,
                backgroundColor: type === 'doughnut' ? palette : colour,
                borderColor: type === 'doughnut' ? '#fff' : colour,
                tension: 0.2
            };
            if (type === 'line' && unfinished > 0) {
                dataset.segment = {
                    borderDash: function (ctx) { return ctx.p1DataIndex === unfinished ? [6, 4] : undefined; },
                    borderColor: function (ctx) { return ctx.p1DataIndex === unfinished ? colour + '80' : undefined; }
                };
                dataset.pointStyle = s.data.map(function (_, j) { return j === unfinished ? 'rectRot' : 'circle'; });
                dataset.pointRadius = s.data.map(function (_, j) { return j === unfinished ? 6 : 3; });
            }
            return dataset;
        });

        // Counts are whole numbers: no 0,2 steps on the value axis.
        var valueAxis = { beginAtZero: true, ticks: { precision: 0 } };
        var scales = type === 'doughnut' ? {} : (horizontal ? { x: valueAxis } : { y: valueAxis });
        new window.Chart(canvas, {
            type: type,
            data: { labels: labels, datasets: datasets },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                indexAxis: horizontal ? 'y' : 'x',
                locale: 'vi-VN',
                scales: scales,
                plugins: { legend: { display: type !== 'bar' || datasets.length > 1 } }
            }
        });
    });
})();
