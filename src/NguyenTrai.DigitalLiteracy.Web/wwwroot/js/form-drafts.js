// Forms people type into on phones (<form data-draft="name">: entries, the report's narrative, a return reason): what is typed is kept in this browser until the server confirms the save, so a
// connection lost in a village hall, a session that timed out or a closed tab loses nothing. The next time the form
// opens, a banner offers to restore it. Drafts are kept per signed-in user (<body data-user>) and forgotten on
// "Hủy" (<a data-draft-discard>), on "Bỏ qua", after a successful save (the next page shows a success message and
// was reached from the form) and at sign-out. A chosen photo cannot be kept: browsers do not allow it.
(function () {
    'use strict';
    var storage;
    try {
        storage = window.localStorage;
        storage.getItem('portal-draft');
    } catch (e) {
        return;
    }
    var user = document.body.getAttribute('data-user');
    if (!user) {
        return;
    }
    var prefix = 'portal-draft:' + user + ':';

    // One key per page and form: "portal-draft:<user>:<path>#<form name>".
    function keyOf(path, name) {
        return prefix + path + '#' + name;
    }

    function forgetAll(start) {
        Object.keys(storage).filter(function (k) { return k.indexOf(start) === 0; }).forEach(function (k) { storage.removeItem(k); });
    }

    // Saved: the page after a successful save shows the green message and was opened by the form's POST.
    if (document.querySelector('[data-flash=success]') && document.referrer) {
        try {
            var from = new URL(document.referrer);
            if (from.origin === window.location.origin) {
                forgetAll(prefix + from.pathname + '#');
            }
        } catch (e) {
            // an unreadable referrer: nothing to forget
        }
    }

    document.querySelectorAll('form[data-sign-out]').forEach(function (form) {
        form.addEventListener('submit', function () { forgetAll(prefix); });
    });

    document.querySelectorAll('form[data-draft]').forEach(function (form) {
        var path = window.location.pathname;
        var key = keyOf(path, form.getAttribute('data-draft'));

        function fields() {
            return Array.prototype.filter.call(form.elements, function (el) {
                return el.name && el.name !== '__RequestVerificationToken' && !/^(hidden|file|submit|button|reset|password)$/.test(el.type);
            });
        }

        function read() {
            var values = {};
            fields().forEach(function (el) {
                if (el.type === 'checkbox' || el.type === 'radio') {
                    values[el.name] = values[el.name] || [];
                    if (el.checked) {
                        values[el.name].push(el.value);
                    }
                } else {
                    values[el.name] = el.value;
                }
            });
            return values;
        }

        function write(values) {
            fields().forEach(function (el) {
                var value = values[el.name];
                if (el.type === 'checkbox' || el.type === 'radio') {
                    el.checked = Array.isArray(value) && value.indexOf(el.value) >= 0;
                } else if (typeof value === 'string') {
                    el.value = value;
                }
                el.dispatchEvent(new Event('change', { bubbles: true }));
            });
        }

        var initial = JSON.stringify(read());
        var saved = null;
        try {
            saved = JSON.parse(storage.getItem(key) || 'null');
        } catch (e) {
            storage.removeItem(key);
        }

        function save() {
            var values = read();
            if (JSON.stringify(values) !== initial || storage.getItem(key)) {
                storage.setItem(key, JSON.stringify({ at: Date.now(), values: values }));
            }
        }
        form.addEventListener('input', save);
        form.addEventListener('change', save);
        form.querySelectorAll('[data-draft-discard]').forEach(function (link) {
            link.addEventListener('click', function () { storage.removeItem(key); });
        });

        // A form the server sent back with errors already holds what was posted: nothing to offer.
        var sentBack = form.querySelector('.field-validation-error, .validation-summary-errors');
        if (!saved || !saved.values || sentBack || JSON.stringify(saved.values) === initial) {
            return;
        }

        var at = new Date(saved.at);
        var offer = document.createElement('div');
        offer.className = 'alert alert-warning d-flex flex-wrap align-items-center gap-2';
        offer.setAttribute('role', 'status');
        offer.setAttribute('data-testid', 'draft-offer');
        var text = document.createElement('span');
        text.className = 'me-auto';
        text.textContent = 'Có nội dung bạn đã nhập lúc ' +
            at.toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }) + ' ngày ' + at.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }) +
            ' nhưng chưa được lưu (có thể do mất kết nối).' + (form.querySelector('input[type=file]') ? ' Ảnh minh chứng cần chọn lại.' : '');
        var restore = document.createElement('button');
        restore.type = 'button';
        restore.className = 'btn btn-sm btn-portal';
        restore.textContent = 'Khôi phục';
        var dismiss = document.createElement('button');
        dismiss.type = 'button';
        dismiss.className = 'btn btn-sm btn-outline-dark';
        dismiss.textContent = 'Bỏ qua';
        offer.append(text, restore, dismiss);
        form.parentNode.insertBefore(offer, form);

        restore.addEventListener('click', function () {
            write(saved.values); // each field's change event saves the restored draft again
            offer.remove();
            form.querySelector('input:not([type=hidden]), select, textarea').focus();
        });
        dismiss.addEventListener('click', function () {
            storage.removeItem(key);
            offer.remove();
        });
    });
})();
