using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure;

/// <summary>One-shot messages shown by the layout after a redirect.</summary>
public static class FlashMessages
{
    public const string SuccessKey = "flash:success";
    public const string ErrorKey = "flash:error";

    public static void Success(this ITempDataDictionary tempData, string message) => tempData[SuccessKey] = message;

    public static void Error(this ITempDataDictionary tempData, string message) => tempData[ErrorKey] = message;

    /// <summary>The green message when the step succeeded, the red one when a rule refused it.</summary>
    public static void Show(this ITempDataDictionary tempData, bool succeeded, string message) => tempData[succeeded ? SuccessKey : ErrorKey] = message;
}
