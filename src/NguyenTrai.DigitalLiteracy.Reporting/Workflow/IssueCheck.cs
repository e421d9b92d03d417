using NguyenTrai.DigitalLiteracy.Reporting.Documents;

namespace NguyenTrai.DigitalLiteracy.Reporting.Workflow;

/// <summary>
/// What the office must confirm before issuing: a window that has not ended, monthly reports not yet approved
/// (named by unit), figures changed since the clerk last looked. Issuing with any of them needs an explicit "yes".
/// </summary>
public sealed record IssueCheck(DateOnly WindowEnd, bool WindowEnded, IReadOnlyList<string> UnitsNotApproved, int Approved, int Expected, IReadOnlyList<FigureChange> Changes)
{
    public bool IsComplete => WindowEnded && UnitsNotApproved.Count == 0;

    public bool NeedsCompletenessConfirmation => !IsComplete;

    public bool NeedsChangesConfirmation => Changes.Count > 0;

    /// <summary>The warning shown beside "Ban hành", in Vietnamese; null when nothing needs confirming.</summary>
    public string? IncompleteWarning => IsComplete
        ? null
        : string.Join(" ", new[]
        {
            WindowEnded ? null : $"Kỳ báo cáo chưa kết thúc (đến hết ngày {WindowEnd:dd/MM/yyyy}).",
            UnitsNotApproved.Count == 0 ? null
                : $"Mới có {Approved}/{Expected} báo cáo tháng được phê duyệt; các đơn vị chưa được tổng hợp đủ: {string.Join(", ", UnitsNotApproved)}.",
        }.Where(s => s is not null));

    /// <summary>
    /// Why a report may not leave the office yet (issued, or sent to leadership), in Vietnamese; null when it may.
    /// Confirmations count only for the figures the clerk was shown (<paramref name="figuresConfirmed"/>).
    /// </summary>
    public string? Refusal(bool confirmChanges, bool confirmIncomplete, bool figuresConfirmed, bool toLeadership)
    {
        var what = toLeadership ? "Chưa trình lãnh đạo." : "Chưa ban hành.";
        return NeedsChangesConfirmation && !(confirmChanges && figuresConfirmed)
            ? $"{what} Số liệu đã thay đổi kể từ lần bạn xem gần nhất. Hãy xem bảng thay đổi, đánh dấu \"Tôi đã xem các thay đổi số liệu\" rồi thực hiện lại."
            : NeedsCompletenessConfirmation && !(confirmIncomplete && figuresConfirmed)
                ? $"{what} {IncompleteWarning} Nếu vẫn tiếp tục, hãy đánh dấu \"Tôi vẫn ban hành dù số liệu chưa đầy đủ\"."
                : null;
    }
}
