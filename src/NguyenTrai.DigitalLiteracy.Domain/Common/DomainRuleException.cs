namespace NguyenTrai.DigitalLiteracy.Domain.Common;

/// <summary>A business rule refused an operation; the message is Vietnamese and safe to show to the user.</summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string message) : base(message)
    {
    }

    public DomainRuleException()
    {
    }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
