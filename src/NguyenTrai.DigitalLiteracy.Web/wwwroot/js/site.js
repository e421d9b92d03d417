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
            if (event.submitter && event.submitter.getAttribute('formtarget') === '_blank') {
                return; // a preview in a new tab: the page stays usable
            }
            form.querySelectorAll('button[type=submit]:not([data-keep-enabled])').forEach(function (b) { b.disabled = true; });
        }, 0);
    });
})();
