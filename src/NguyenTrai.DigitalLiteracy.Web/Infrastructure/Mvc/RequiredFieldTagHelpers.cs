using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Mvc;

/// <summary>
/// Required fields are marked where they are declared ([Required] on the view model): a red "*" after the label
/// (hidden from screen readers, which hear aria-required on the field instead). No view repeats the rule.
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
            output.PostContent.AppendHtml("<span class=\"text-danger\" aria-hidden=\"true\"> *</span>");
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
