using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Mvc;

/// <summary>
/// Vietnamese defaults for validation attributes and model-binding errors, so a view model only writes
/// [Required] or [StringLength(200)] and users still read Vietnamese, on the server and in the browser.
/// </summary>
public sealed class VietnameseValidationMessages : IValidationMetadataProvider
{
    public static void Apply(MvcOptions options)
    {
        options.ModelMetadataDetailsProviders.Add(new VietnameseValidationMessages());
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(v => $"Giá trị '{v}' không hợp lệ.");
        messages.SetValueMustBeANumberAccessor(f => $"{f} phải là một số.");
        messages.SetValueMustNotBeNullAccessor(f => $"Vui lòng nhập {f}.");
        messages.SetAttemptedValueIsInvalidAccessor((v, f) => $"Giá trị '{v}' không hợp lệ cho {f}.");
        messages.SetMissingBindRequiredValueAccessor(f => $"Thiếu giá trị cho {f}.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Yêu cầu không có nội dung.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"Giá trị '{v}' không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
        messages.SetUnknownValueIsInvalidAccessor(f => $"Giá trị của {f} không hợp lệ.");
    }

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var type = context.Key.ModelType;
        // A non-nullable value type (an enum select, an int) is required anyway; MVC then adds its own client-side
        // [Required] with the English "The {0} field is required." Declaring ours first keeps that message Vietnamese.
        if (context.Key.MetadataKind == ModelMetadataKind.Property && type.IsValueType && Nullable.GetUnderlyingType(type) is null
            && type != typeof(bool) && !context.ValidationMetadata.ValidatorMetadata.OfType<RequiredAttribute>().Any())
        {
            context.ValidationMetadata.ValidatorMetadata.Add(new RequiredAttribute());
        }

        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null && Template(attribute, type) is { } template)
            {
                attribute.ErrorMessage = template;
            }
        }
    }

    /// <summary>
    /// The Vietnamese message template for an attribute (also used by the Excel import). A required choice (an enum,
    /// shown as a select or a list of values) says "Vui lòng chọn", a required text or number "Vui lòng nhập".
    /// </summary>
    public static string? Template(ValidationAttribute attribute, Type? propertyType = null) => attribute switch
    {
        RequiredAttribute when IsChoice(propertyType) => "Vui lòng chọn {0}.",
        RequiredAttribute => "Vui lòng nhập {0}.",
        StringLengthAttribute { MinimumLength: > 0 } => "{0} phải dài từ {2} đến {1} ký tự.",
        StringLengthAttribute => "{0} không được dài quá {1} ký tự.",
        MaxLengthAttribute => "{0} không được dài quá {1} ký tự.",
        MinLengthAttribute => "{0} phải có ít nhất {1} ký tự.",
        RangeAttribute => "{0} phải nằm trong khoảng từ {1} đến {2}.",
        EmailAddressAttribute => "{0} không phải là địa chỉ email hợp lệ.",
        PhoneAttribute => "{0} không phải là số điện thoại hợp lệ.",
        UrlAttribute => "{0} không phải là đường dẫn hợp lệ (bắt đầu bằng http:// hoặc https://).",
        CompareAttribute => "{0} và {1} không khớp.",
        RegularExpressionAttribute => "{0} không đúng định dạng.",
        _ => null,
    };

    private static bool IsChoice(Type? type) => type is not null && (Nullable.GetUnderlyingType(type) ?? type).IsEnum;
}
