using NguyenTrai.DigitalLiteracy.Domain.Common;

namespace NguyenTrai.DigitalLiteracy.Domain.Entries;

/// <summary>An initiative, good practice or effective model; the office evaluates it for the city report.</summary>
public class Initiative : Entry
{
    public override EntryType Type => EntryType.Initiative;
    public InitiativeKind Kind { get; set; }
    public InitiativeField Field { get; set; }
    public ProposerType ProposerType { get; set; }
    public string ProposerName { get; set; } = "";
    public string? ProposerContact { get; set; }
    public string Description { get; set; } = "";
    public string? Results { get; set; }
    public InitiativeStatus Status { get; set; } = InitiativeStatus.Proposed;
    public string? EvaluationNote { get; set; }
    public DateTime? EvaluatedAtUtc { get; set; }
    public string? EvaluatedById { get; set; }

    public void StartReview(string userId, DateTime nowUtc)
    {
        if (Status != InitiativeStatus.Proposed)
        {
            throw new DomainRuleException("Chỉ sáng kiến ở trạng thái đề xuất mới được đưa vào xem xét.");
        }

        Evaluate(InitiativeStatus.UnderReview, EvaluationNote, userId, nowUtc);
    }

    /// <summary>Final decision: selected for the city report, or not; the note is shown to the proposing unit.</summary>
    public void Decide(bool selected, string note, string userId, DateTime nowUtc)
    {
        if (Status is not (InitiativeStatus.UnderReview or InitiativeStatus.Proposed))
        {
            throw new DomainRuleException("Sáng kiến đã được đánh giá; hãy đưa lại vào xem xét trước khi đánh giá lại.");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainRuleException("Vui lòng nhập nhận xét đánh giá.");
        }

        Evaluate(selected ? InitiativeStatus.Selected : InitiativeStatus.NotSelected, note.Trim(), userId, nowUtc);
    }

    /// <summary>Takes a decided initiative back into review, e.g. after new results arrive.</summary>
    public void Reconsider(string userId, DateTime nowUtc)
    {
        if (Status is not (InitiativeStatus.Selected or InitiativeStatus.NotSelected))
        {
            throw new DomainRuleException("Chỉ sáng kiến đã đánh giá mới được xem xét lại.");
        }

        Evaluate(InitiativeStatus.UnderReview, EvaluationNote, userId, nowUtc);
    }

    private void Evaluate(InitiativeStatus status, string? note, string userId, DateTime nowUtc)
    {
        Status = status;
        EvaluationNote = note;
        EvaluatedAtUtc = nowUtc;
        EvaluatedById = userId;
    }
}
