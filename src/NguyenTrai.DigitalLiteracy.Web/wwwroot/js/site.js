// Portal behaviour without inline script (the CSP forbids it).
(function () {
    'use strict';

    // Widths from data attributes (progress bars, chart boxes): inline style attributes are blocked by the CSP.
    document.querySelectorAll('[data-width]').forEach(function (el) {
        el.style.width = el.getAttribute('data-width');
    });

    // Confirmation before destructive actions: <form data-confirm="Xóa hoạt động này?">.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var message = form.getAttribute && form.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    }, true);

    // Selects that submit their filter form when changed: <select data-autosubmit>.
    document.querySelectorAll('select[data-autosubmit]').forEach(function (el) {
        el.addEventListener('change', function () { el.form.submit(); });
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
            form.querySelectorAll('button[type=submit]:not([data-keep-enabled])').forEach(function (b) { b.disabled = true; });
        }, 0);
    });
})();
