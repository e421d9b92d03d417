using System.Text.Json;

namespace NguyenTrai.DigitalLiteracy.Reporting.Documents;

public sealed record FigureChange(string Label, long Before, long After);

/// <summary>
/// The headline numbers of a report's figures by their Vietnamese label: what the clerk saw, stored with the draft,
/// so that a later approval or evaluation that changes the report is shown before it is issued.
/// </summary>
public static class FigureDigest
{
    public static IReadOnlyDictionary<string, long> Of(ReportFigures f)
    {
        var t = f.Totals;
        var c = f.ComplianceTotal;
        return new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["Hoạt động tuyên truyền"] = t.Propaganda,
            ["Lượt tin, bài, băng rôn"] = t.PropagandaQuantity,
            ["Lượt người tiếp cận tuyên truyền"] = t.PropagandaReach,
            ["Lớp học, buổi hướng dẫn"] = t.Sessions,
            ["Lượt người được hướng dẫn"] = t.Participants,
            ["Trong đó lượt nữ"] = t.Women,
            ["Trong đó lượt người từ 60 tuổi"] = t.Aged60Plus,
            ["Tài khoản tạo mới"] = t.Accounts,
            ["Lượt hoàn thành khóa học"] = t.Completions,
            ["Sáng kiến đề xuất"] = f.Initiatives.Proposed,
            ["Sáng kiến được lựa chọn"] = f.Initiatives.Selected,
            ["Hoạt động lồng ghép"] = t.Integrations,
            ["Báo cáo tháng đã phê duyệt"] = c.Approved,
            ["Báo cáo tháng gửi muộn"] = c.Late,
            ["Báo cáo tháng đến hạn chưa gửi"] = c.NotSent,
        };
    }

    public static string ToJson(IReadOnlyDictionary<string, long> digest) => JsonSerializer.Serialize(digest);

    public static string Fingerprint(IReadOnlyDictionary<string, long> digest) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ToJson(digest))))[..16];

    /// <summary>What differs from the stored digest; a draft without one (made before digests existed) shows every figure.</summary>
    public static IReadOnlyList<FigureChange> Changes(string? seenJson, IReadOnlyDictionary<string, long> now)
    {
        var seen = string.IsNullOrEmpty(seenJson) ? null : JsonSerializer.Deserialize<Dictionary<string, long>>(seenJson);
        return [.. now.Where(n => seen is null || seen.GetValueOrDefault(n.Key) != n.Value)
            .Select(n => new FigureChange(n.Key, seen?.GetValueOrDefault(n.Key) ?? 0, n.Value))];
    }
}
