using NguyenTrai.DigitalLiteracy.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure;

/// <summary>
/// A refused business rule or a lost concurrency race is the user's news, not a server error: show the
/// Vietnamese message on the page they came from.
/// </summary>
public sealed class DomainRuleExceptionFilter(ITempDataDictionaryFactory tempDataFactory) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        var message = context.Exception switch
        {
            DomainRuleException rule => rule.Message,
            DbUpdateConcurrencyException => Concurrency.Message,
            _ => null,
        };
        if (message is null)
        {
            return;
        }

        var tempData = tempDataFactory.GetTempData(context.HttpContext);
        tempData[FlashMessages.ErrorKey] = message;
        var referer = context.HttpContext.Request.Headers.Referer.ToString();
        context.Result = Uri.TryCreate(referer, UriKind.Absolute, out var uri) && uri.Host == context.HttpContext.Request.Host.Host
            ? new RedirectResult(uri.PathAndQuery)
            : new RedirectResult("/");
        context.ExceptionHandled = true;
    }
}
