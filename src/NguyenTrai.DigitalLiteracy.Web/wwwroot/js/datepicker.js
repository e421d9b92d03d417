// Date fields (input.vn-date) stay typed dd/MM/yyyy text: phones get the number pad (inputmode=numeric) and the
// slashes are added while typing. A button beside the field opens a Vietnamese calendar (flatpickr from npm, with its
// "vn" locale) that only writes the chosen date into the field: what a user types is never rewritten, so an impossible
// date such as 31/02/2026 reaches validation ("Ngày không tồn tại") instead of silently becoming 03/03/2026.
(function () {
    'use strict';

    var fp = window.flatpickr;
    var locale = fp && fp.l10ns && fp.l10ns.vn
        ? Object.assign({}, fp.l10ns.vn, { monthAriaLabel: 'Tháng', yearAriaLabel: 'Năm', hourAriaLabel: 'Giờ', minuteAriaLabel: 'Phút', toggleTitle: 'Bấm để chuyển', scrollTitle: 'Cuộn để tăng' })
        : null;

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    function format(date) {
        return pad(date.getDate()) + '/' + pad(date.getMonth() + 1) + '/' + date.getFullYear();
    }

    function parse(text) {
        var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(text).trim());
        if (!m) {
            return null;
        }
        var d = new Date(+m[3], +m[2] - 1, +m[1]);
        return d.getDate() === +m[1] && d.getMonth() === +m[2] - 1 ? d : null;
    }

    // "05" -> "05/", "05/10" -> "05/10/", "05102025" -> "05/10/2025"; deleting is left alone.
    function addSlashes(event) {
        var input = event.target;
        if (!event.inputType || event.inputType.indexOf('insert') !== 0) {
            return;
        }
        var v = input.value;
        if (/^\d{8}$/.test(v)) {
            input.value = v.slice(0, 2) + '/' + v.slice(2, 4) + '/' + v.slice(4);
        } else if (/^\d{2}$/.test(v) || /^\d{1,2}\/\d{2}$/.test(v)) {
            input.value = v + '/';
        }
    }

    function revalidate(input) {
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
        if (window.jQuery && window.jQuery(input.form).data('validator')) {
            window.jQuery(input).valid();
        }
    }

    function attachCalendar(input) {
        var group = document.createElement('div');
        group.className = 'input-group';
        input.parentNode.insertBefore(group, input);
        group.appendChild(input);

        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'btn btn-outline-secondary';
        button.setAttribute('aria-label', 'Chọn trên lịch');
        button.title = 'Chọn trên lịch';
        button.innerHTML = '<i class="bi bi-calendar3" aria-hidden="true"></i>';
        group.appendChild(button);

        // flatpickr needs an input of its own (it turns it into a text box): hidden from sight, focus and screen readers.
        var holder = document.createElement('input');
        holder.type = 'hidden';
        group.appendChild(holder);
        var picker = fp(holder, {
            locale: locale,
            dateFormat: 'd/m/Y',
            clickOpens: false,
            disableMobile: true,
            positionElement: input,
            onChange: function (dates) {
                if (dates.length > 0) {
                    input.value = format(dates[0]);
                    revalidate(input);
                }
            },
            onClose: function () {
                input.focus();
            }
        });

        holder.hidden = true;
        holder.tabIndex = -1;
        holder.setAttribute('aria-hidden', 'true');

        button.addEventListener('click', function () {
            var typed = parse(input.value);
            picker.setDate(typed || null, false);
            if (!typed) {
                picker.jumpToDate(new Date());
            }
            picker.open();
        });
    }

    document.querySelectorAll('input.vn-date').forEach(function (input) {
        input.setAttribute('inputmode', 'numeric');
        input.setAttribute('autocomplete', 'off');
        input.addEventListener('input', addSlashes);
        if (fp && locale) {
            attachCalendar(input);
        }
    });
})();
