using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Requests;

/// <summary>
/// Input no person types, refused in one place for every action with a Vietnamese 400 page: control and
/// invisible characters (NUL, zero-width, bidi overrides) in any query or form value or uploaded file name,
/// and dates or years outside 1900-2100 in any bound argument (a 31/12/9999 date or year=2147483647 used to
/// overflow the calendar and answer 500). Ordinary validation (required, lengths, ranges) stays with the forms.
/// </summary>
public sealed partial class InputSafetyFilter(IModelMetadataProvider metadata, ILogger<InputSafetyFilter> logger) : IAsyncActionFilter, IOrderedFilter
{
    private const int MaxDepth = 4;

    public int Order => int.MinValue;

    public Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (context.Controller is Features.Errors.ErrorsController)
        {
            return next();
        }

        var problem = ForbiddenCharacters(context) ?? ImplausibleDates(context);
        if (problem is null)
        {
            return next();
        }

        LogRefused(logger, context.HttpContext.Request.Method, context.HttpContext.Request.Path, problem.Value.Field);
        RequestRefusal.SetMessage(context.HttpContext, problem.Value.Message);
        context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
        return Task.CompletedTask;
    }

    private (string Field, string Message)? ForbiddenCharacters(ActionExecutingContext context)
    {
        var request = context.HttpContext.Request;
        var values = request.Query.Select(q => (q.Key, Value: (string?)q.Value.ToString()));
        if (request.HasFormContentType)
        {
            values = values.Concat(request.Form.Select(f => (f.Key, Value: (string?)f.Value.ToString())))
                .Concat(request.Form.Files.Select(f => (f.Name, Value: (string?)f.FileName)));
        }

        foreach (var (key, value) in values)
        {
            if ((VietnameseText.FirstForbiddenCharacter(key) ?? VietnameseText.FirstForbiddenCharacter(value)) is { } c)
            {
                var field = DisplayName(context, key);
                return (key, $"Trường \"{field}\" chứa ký tự không được phép (ký tự điều khiển hoặc ký tự ẩn U+{(int)c:X4}, ví dụ ký tự NUL, ký tự độ rộng 0 hay ký tự đảo chiều văn bản). Vui lòng xóa ký tự đó (thường lẫn vào khi sao chép, dán) rồi gửi lại.");
            }
        }

        return null;
    }

    private (string Field, string Message)? ImplausibleDates(ActionExecutingContext context)
    {
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (context.ActionArguments.TryGetValue(parameter.Name, out var value) && Check(parameter.Name, parameter.ParameterType, value, 0) is { } problem)
            {
                return (problem, $"{DisplayName(context, problem)}: năm và ngày phải nằm trong khoảng từ năm {EntryLimits.MinYear} đến năm {EntryLimits.MaxYear} (ngày dạng dd/MM/yyyy). Vui lòng kiểm tra lại.");
            }
        }

        return null;
    }

    /// <returns>The name of the first implausible date or year in the value (walking the portal's own form types), or null.</returns>
    /// <remarks>
    /// The default of a non-nullable property (DateOnly 01/01/0001, year 0) means "not posted" (a page model's
    /// own fields), not a user's input; nullable ones are null when not posted, so their values were sent.
    /// </remarks>
    private static string? Check(string name, Type declared, object? value, int depth) => value switch
    {
        null => null,
        _ when depth > 0 && declared.IsValueType && Nullable.GetUnderlyingType(declared) is null && value.Equals(Activator.CreateInstance(declared)) => null,
        DateOnly d => EntryLimits.IsPlausibleDate(d) ? null : name,
        DateTime t => EntryLimits.IsPlausibleDate(DateOnly.FromDateTime(t)) ? null : name,
        DateTimeOffset o => EntryLimits.IsPlausibleDate(DateOnly.FromDateTime(o.Date)) ? null : name,
        int year when IsYearName(name) => EntryLimits.IsPlausibleYear(year) ? null : name,
        string => null,
        IEnumerable items when depth < MaxDepth => items.Cast<object?>().Select(i => Check(name, typeof(object), i, depth + 1)).FirstOrDefault(p => p is not null),
        _ when depth < MaxDepth && IsPortalType(value.GetType()) => value.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanWrite)
            .Select(p => Check(p.Name, p.PropertyType, p.GetValue(value), depth + 1))
            .FirstOrDefault(p => p is not null),
        _ => null,
    };

    private static bool IsYearName(string name) => name.EndsWith("year", StringComparison.OrdinalIgnoreCase);

    private static bool IsPortalType(Type type) => type.Namespace?.StartsWith("NguyenTrai.", StringComparison.Ordinal) == true && !type.IsEnum;

    /// <summary>The field's Vietnamese label from the bound form's [Display], or the raw key.</summary>
    private string DisplayName(ActionExecutingContext context, string key)
    {
        var property = key.Split('.', '[')[^1].TrimEnd(']');
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (IsPortalType(parameter.ParameterType) && parameter.ParameterType.GetProperty(property) is not null)
            {
                return metadata.GetMetadataForProperty(parameter.ParameterType, property).GetDisplayName();
            }
        }

        return property;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Từ chối yêu cầu {Method} {Path}: dữ liệu không hợp lệ ở {Field}")]
    private static partial void LogRefused(ILogger logger, string method, string path, string field);
}
