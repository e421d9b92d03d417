using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Mvc;

/// <summary>
/// Binds DateOnly and DateOnly? from dd/MM/yyyy with <see cref="VietnameseDates"/>: the framework's converter would
/// answer "Giá trị '31/02/2026' không hợp lệ", where people need to read that the day does not exist.
/// </summary>
public sealed class VietnameseDateModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                    bindingContext.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(bindingContext.ModelMetadata.GetDisplayName()));
            }

            return Task.CompletedTask;
        }

        switch (VietnameseDates.TryParse(text, out var date))
        {
            case VietnameseDates.Outcome.Parsed:
                bindingContext.Result = ModelBindingResult.Success(date);
                break;
            case VietnameseDates.Outcome.DoesNotExist:
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, VietnameseDates.DoesNotExistMessage);
                break;
            default:
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, VietnameseDates.FormatMessage);
                break;
        }

        return Task.CompletedTask;
    }
}

public sealed class VietnameseDateModelBinderProvider : IModelBinderProvider
{
    private static readonly VietnameseDateModelBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(DateOnly) ? Binder : null;
}
