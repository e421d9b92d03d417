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

    // <input data-vn-date> fields: dd/MM/yyyy.
    $.validator.addMethod('vndate', function (value, element) {
        return this.optional(element) || parseViDate(value) !== null;
    }, 'Vui lòng nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/10/2025.');
    $.validator.addClassRules('vn-date', { vndate: true });

    $.extend($.validator.messages, {
        required: 'Vui lòng nhập thông tin này.',
        number: 'Vui lòng nhập một số.',
        date: 'Vui lòng nhập ngày hợp lệ (dd/mm/yyyy).',
        url: 'Vui lòng nhập đường dẫn hợp lệ.',
        email: 'Vui lòng nhập email hợp lệ.',
        maxlength: $.validator.format('Không được dài quá {0} ký tự.'),
        minlength: $.validator.format('Phải có ít nhất {0} ký tự.'),
        range: $.validator.format('Giá trị phải từ {0} đến {1}.'),
        min: $.validator.format('Giá trị phải lớn hơn hoặc bằng {0}.'),
        max: $.validator.format('Giá trị phải nhỏ hơn hoặc bằng {0}.')
    });

    window.portalParse = { number: parseViNumber, date: parseViDate };
})(window.jQuery);
