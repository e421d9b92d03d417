using System.ComponentModel.DataAnnotations;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Review;

namespace NguyenTrai.DigitalLiteracy.Web.Features.InitiativeEvaluation;

public sealed record InitiativeRow(int Id, string Title, string UnitName, DateOnly Date, InitiativeKind Kind, InitiativeStatus Status);

public sealed record InitiativeListModel(IReadOnlyList<InitiativeRow> Rows, InitiativeStatus? Status, int? UnitId, IReadOnlyList<ListOption> Units, int Page, int PageCount, int Total);

public sealed class DecideForm
{
    [Required, StringLength(FieldLengths.Text)]
    [Display(Name = "nhận xét đánh giá")]
    public string? Note { get; set; }

    public string? RowVersion { get; set; }
}

public sealed record InitiativePage(
    int Id, string Title, string UnitName, DateOnly Date, InitiativeKind Kind, InitiativeField Field, string ProposerName, string? ProposerContact,
    string Description, string? Results, InitiativeStatus Status, string? EvaluationNote, DateTime? EvaluatedAtUtc, string RowVersion, string? ClosedPeriod)
{
    public DecideForm Decide { get; init; } = new() { RowVersion = RowVersion };
}
