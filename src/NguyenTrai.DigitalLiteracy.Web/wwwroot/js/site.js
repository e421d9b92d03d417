// Portal behaviour without inline script (the CSP forbids it).
(function () {
    'use strict';

    // Widths from data attributes (progress bars, chart boxes): inline style attributes are blocked by the CSP.
    document.querySelectorAll('[data-width]').forEach(function (el) {
        el.style.width = el.getAttribute('data-width');
    });
    // Target lines on progress bars (coverage KPI): their position, for the same reason.
    document.querySelectorAll('[data-left]').forEach(function (el) {
        el.style.left = el.getAttribute('data-left');
    });

    // Stacked tables on phones (site.css): each cell is labelled with its column header unless it has its own label.
    document.querySelectorAll('table.table-responsive-stack').forEach(function (table) {
        var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); });
        table.querySelectorAll('tbody tr').forEach(function (row) {
            Array.prototype.forEach.call(row.children, function (cell, i) {
                if (!cell.hasAttribute('data-label') && !cell.hasAttribute('colspan') && headers[i] && !(cell.tagName === 'TH' && i === 0)) {
                    cell.setAttribute('data-label', headers[i]);
                }
            });
        });
    });

    // On phones a filter form (<form data-phone-filters>) folds behind one "Bộ lọc" button, so the list comes first;
    // it stays open while one of its filters is in the address. The folding is Bootstrap's collapse below the md
    // breakpoint only (d-md-none / d-md-flex), so turning a tablet or resizing a window never hides the filters on a
    // wide screen. Without script the filters simply stay visible.
    var query = new URLSearchParams(window.location.search);
    document.querySelectorAll('form[data-phone-filters]').forEach(function (form, i) {
        var inUse = Array.prototype.some.call(form.elements, function (el) { return el.name && query.get(el.name); });
        form.id = form.id || 'phone-filters-' + i;
        form.classList.add('collapse', form.classList.contains('row') ? 'd-md-flex' : 'd-md-block');
        if (inUse) {
            form.classList.add('show');
        }
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'btn btn-outline-secondary w-100 mb-2 d-md-none';
        button.setAttribute('data-bs-toggle', 'collapse');
        button.setAttribute('data-bs-target', '#' + form.id);
        button.setAttribute('aria-controls', form.id);
        button.setAttribute('aria-expanded', inUse ? 'true' : 'false');
        button.setAttribute('data-testid', 'filters-toggle');
        var icon = document.createElement('i');
        icon.className = 'bi bi-funnel';
        icon.setAttribute('aria-hidden', 'true');
        button.appendChild(icon);
        button.appendChild(document.createTextNode(' Bộ lọc'));
        form.parentNode.insertBefore(button, form);
    });

    // Confirmation before destructive actions: <form data-confirm="Xóa hoạt động này?">, or on one button of a form.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var button = event.submitter;
        var message = (button && button.getAttribute('data-confirm')) || (form.getAttribute && form.getAttribute('data-confirm'));
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    }, true);

    // A warning before leaving a page with unsaved edits: <form data-warn-unsaved>.
    document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
        var dirty = false;
        form.addEventListener('input', function () { dirty = true; });
        form.addEventListener('submit', function (event) {
            // A preview opens in a new tab and keeps the page; anything else leaves it with the text saved.
            if (!(event.submitter && event.submitter.getAttribute('formtarget') === '_blank')) {
                dirty = false;
            }
        });
        window.addEventListener('beforeunload', function (event) {
            if (dirty) {
                event.preventDefault();
                event.returnValue = '';
            }
        });
    });

    // Disable submit buttons once a valid form is sent, so a double click does not post twice.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (event.defaultPrevented || !form.querySelectorAll) {
            return;
        }
        window.setTimeout(function () {
            if (window.jQuery && jQuery(form).data('validator') && !jQuery(form).valid()) {
                return;
            }
            if (event.submitter && event.submitter.getAttribute('formtarget') === '_blank') {
                return; // a preview in a new tab: the page stays usable
            }
            form.querySelectorAll('button[type=submit]:not([data-keep-enabled])').forEach(function (b) { b.disabled = true; });
        }, 0);
    });
})();
