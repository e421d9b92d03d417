using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Mvc;

/// <summary>
/// Required fields are marked where they are declared ([Required] on the view model): the label gets the class
/// "required" (site.css draws a red "*" after it, with empty alternative text, so the label's text and accessible
/// name stay the field's name) and the field gets aria-required, which screen readers announce. No view repeats the rule.
/// </summary>
public static class RequiredFields
{
    public static bool IsRequired(ModelExpression? field) =>
        field?.Metadata is DefaultModelMetadata metadata
        && metadata.UnderlyingOrModelType != typeof(bool)
        && metadata.Attributes.PropertyAttributes?.OfType<RequiredAttribute>().Any() == true;
}

[HtmlTargetElement("label", Attributes = "asp-for")]
public sealed class RequiredLabelTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (RequiredFields.IsRequired(For))
        {
            output.AddClass("required", System.Text.Encodings.Web.HtmlEncoder.Default);
        }
    }
}

[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class RequiredFieldTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (RequiredFields.IsRequired(For) && !output.Attributes.ContainsName("aria-required")
            && output.Attributes["type"]?.Value?.ToString() is not ("hidden" or "checkbox"))
        {
            output.Attributes.SetAttribute("aria-required", "true");
        }
    }
}
