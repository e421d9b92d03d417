using NguyenTrai.DigitalLiteracy.Domain.Units;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Units;

public sealed record UnitRow(int Id, string Code, string Name, UnitKind Kind, DateOnly ActiveFrom, DateOnly? ActiveTo);

public sealed class UnitListModel
{
    /// <summary>"mo" (open), "dong" (closed) or empty for all.</summary>
    public string? Status { get; set; }

    public UnitKind? Kind { get; set; }

    public IReadOnlyList<UnitRow> Rows { get; set; } = [];
}
