using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Mvc;

/// <summary>
/// MVC gives every non-nullable value-type property (bool, int, an enum, DateOnly) a [Required] of its own when it
/// builds the browser's validation attributes, after the metadata providers ran, so it kept the English default
/// ("The X field is required."). Running after MVC's provider, this gives those the Vietnamese message too.
/// </summary>
public sealed class VietnameseImplicitRequired : IClientModelValidatorProvider
{
    public void CreateValidators(ClientValidatorProviderContext context)
    {
        foreach (var item in context.Results)
        {
            if (item.Validator is AttributeAdapterBase<RequiredAttribute> { Attribute: { ErrorMessage: null, ErrorMessageResourceName: null } required })
            {
                required.ErrorMessage = VietnameseValidationMessages.Template(required);
            }
        }
    }
}
