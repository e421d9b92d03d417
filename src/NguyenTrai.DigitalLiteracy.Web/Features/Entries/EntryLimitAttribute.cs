using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Entries;

/// <summary>
/// A count bounded by one of the <see cref="EntryLimits"/>, with a message that says why: the same attribute
/// on the entry forms (checked in the browser too) and on the Excel import rows.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EntryLimitAttribute : RangeAttribute
{
    private const string Message = "{0} phải từ {1:N0} đến {2:N0}; số lớn hơn thường do gõ nhầm, vui lòng kiểm tra lại.";

    public EntryLimitAttribute(int minimum, int maximum) : base(minimum, maximum) => ErrorMessage = Message;

    public EntryLimitAttribute(double minimum, double maximum) : base(minimum, maximum) => ErrorMessage = Message;
}
