// Entry forms: cross-field checks the server also makes (women and 60+ not above the total, end not before start).
(function ($) {
    'use strict';
    if (!$ || !$.validator || !$.validator.unobtrusive || !window.portalParse) {
        return;
    }

    function other(element, name) {
        return $(element.form).find('[name="' + name + '"]').val();
    }

    $.validator.addMethod('notmorethan', function (value, element, param) {
        var part = window.portalParse.number(value);
        var total = window.portalParse.number(other(element, param));
        return this.optional(element) || isNaN(part) || isNaN(total) || part <= total;
    });
    $.validator.unobtrusive.adapters.addSingleVal('notmorethan', 'other');

    // A second bound on one field (60+ not above 18+ as well as not above the total); skipped while the other is empty.
    $.validator.addMethod('notabove', $.validator.methods.notmorethan);
    $.validator.unobtrusive.adapters.addSingleVal('notabove', 'other');

    $.validator.addMethod('notbefore', function (value, element, param) {
        var end = window.portalParse.date(value);
        var start = window.portalParse.date(other(element, param));
        return this.optional(element) || !end || !start || end >= start;
    });
    $.validator.unobtrusive.adapters.addSingleVal('notbefore', 'other');
})(window.jQuery);
