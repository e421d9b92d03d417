using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Mvc;

/// <summary>
/// MVC binds a simple parameter from the form before the route, so a posted field "id" would replace the id in
/// the URL (the record that was authorized and the one changed could differ). Every action parameter named in its
/// route template is therefore bound from the route only, as if it carried [FromRoute].
/// </summary>
public sealed class RouteParametersFromRoute : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        var names = action.Selectors.Concat(action.Controller.Selectors)
            .Select(s => s.AttributeRouteModel?.Template)
            .Where(t => !string.IsNullOrEmpty(t))
            .SelectMany(t => RoutePatternFactory.Parse(t!).Parameters.Select(p => p.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in action.Parameters.Where(p => names.Contains(p.ParameterName)))
        {
            parameter.BindingInfo ??= new BindingInfo();
            if (parameter.BindingInfo.BindingSource is null || parameter.BindingInfo.BindingSource == BindingSource.ModelBinding)
            {
                parameter.BindingInfo.BindingSource = BindingSource.Path;
            }
        }
    }
}
