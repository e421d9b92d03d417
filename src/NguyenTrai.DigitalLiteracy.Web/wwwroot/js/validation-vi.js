// Client-side validation that reads numbers and dates the Vietnamese way (1.234,5 and dd/MM/yyyy),
// matching the server's vi-VN model binding.
(function ($) {
    'use strict';
    if (!$ || !$.validator) {
        return;
    }

    function parseViNumber(value) {
        var text = String(value).trim();
        if (!/^-?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$/.test(text)) {
            return NaN;
        }
        return parseFloat(text.replace(/\./g, '').replace(',', '.'));
    }

    function parseViDate(value) {
        var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(value).trim());
        if (!m) {
            return null;
        }
        var d = new Date(+m[3], +m[2] - 1, +m[1]);
        return d.getFullYear() === +m[3] && d.getMonth() === +m[2] - 1 && d.getDate() === +m[1] ? d : null;
    }

    // The same two messages as the server (Infrastructure/Mvc/VietnameseDates.cs).
    var dateFormatMessage = 'Vui lòng nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/10/2025.';
    var dateMissingMessage = 'Ngày không tồn tại. Vui lòng kiểm tra lại ngày và tháng (tháng 2 chỉ có 28 hoặc 29 ngày; tháng 4, 6, 9, 11 có 30 ngày).';

    function dateMessage(params, element) {
        return /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(String($(element).val()).trim()) ? dateMissingMessage : dateFormatMessage;
    }

    $.validator.methods.number = function (value, element) {
        return this.optional(element) || !isNaN(parseViNumber(value));
    };
    $.validator.methods.range = function (value, element, param) {
        var n = parseViNumber(value);
        return this.optional(element) || (!isNaN(n) && n >= param[0] && n <= param[1]);
    };
    $.validator.methods.min = function (value, element, param) {
        return this.optional(element) || parseViNumber(value) >= param;
    };
    $.validator.methods.max = function (value, element, param) {
        return this.optional(element) || parseViNumber(value) <= param;
    };
    $.validator.methods.date = function (value, element) {
        return this.optional(element) || parseViDate(value) !== null;
    };

    // <input class="vn-date"> fields: dd/MM/yyyy, and a day that exists (31/02/2026 does not).
    $.validator.addMethod('vndate', function (value, element) {
        return this.optional(element) || parseViDate(value) !== null;
    }, dateMessage);
    $.validator.addClassRules('vn-date', { vndate: true });

    $.extend($.validator.messages, {
        required: 'Vui lòng nhập thông tin này.',
        number: 'Vui lòng nhập một số.',
        date: dateFormatMessage,
        url: 'Vui lòng nhập đường dẫn hợp lệ.',
        email: 'Vui lòng nhập email hợp lệ.',
        maxlength: $.validator.format('Không được dài quá {0} ký tự.'),
        minlength: $.validator.format('Phải có ít nhất {0} ký tự.'),
        range: $.validator.format('Giá trị phải từ {0} đến {1}.'),
        min: $.validator.format('Giá trị phải lớn hơn hoặc bằng {0}.'),
        max: $.validator.format('Giá trị phải nhỏ hơn hoặc bằng {0}.')
    });

    window.portalParse = { number: parseViNumber, date: parseViDate };

    // Re-check a field already shown as wrong on every change of its value, not only on key-up and when it loses
    // focus: phone keyboards and pasted text fire "input" without usable key events. Otherwise the message goes only
    // when the field loses focus, i.e. when the user presses "Lưu": the message disappears, everything below it
    // moves up under the finger, and the press lands beside the button (nothing is sent). Fields checked against
    // this one (women not above the total) are re-checked with it.
    $(document).on('input change', 'form input, form select, form textarea', function () {
        var validator = $(this.form).data('validator');
        if (!validator || !this.name) {
            return;
        }
        var name = this.name;
        var form = this.form;
        var targets = [this].concat($(form).find('[data-val-notmorethan-other="' + name + '"], [data-val-notabove-other="' + name + '"], [data-val-notbefore-other="' + name + '"]').get());
        targets.forEach(function (el) {
            if (el.name in validator.submitted || el.name in validator.invalid) {
                validator.element(el);
            }
        });
    });
})(window.jQuery);
