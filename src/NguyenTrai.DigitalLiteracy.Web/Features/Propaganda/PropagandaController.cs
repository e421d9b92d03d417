using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Propaganda;

[Route("hoat-dong/tuyen-truyen")]
public sealed class PropagandaController(EntryServices services)
    : EntriesController<PropagandaActivity, PropagandaForm, PropagandaQuery>(services)
{
    private static readonly EntryTypeInfo TypeInfo = new("Hoạt động tuyên truyền", "hoạt động tuyên truyền", "/hoat-dong/tuyen-truyen", "tuyen-truyen", "bi-megaphone");

    private static readonly EntryColumn<PropagandaActivity>[] AllColumns =
    [
        new("Ngày kết thúc", e => e.EndDate),
        new("Hình thức", e => e.Channel, InList: true),
        new("Trực tuyến / trực tiếp", e => e.Mode),
        new("Số lượng", e => e.Quantity, InList: true),
        new("Địa điểm", e => e.Place),
        new("Số người tiếp cận", e => e.EstimatedReach, InList: true),
        new("Nội dung tóm tắt", e => e.ContentSummary),
    ];

    protected override EntryTypeInfo Info => TypeInfo;

    protected override IReadOnlyList<EntryColumn<PropagandaActivity>> Columns => AllColumns;

    protected override IReadOnlyList<EntryTypeFilter> TypeFilters(PropagandaQuery query) =>
        [EntryTypeFilter.Of("Channel", "Hình thức", query.Channel), EntryTypeFilter.Of("Mode", "Trực tuyến/trực tiếp", query.Mode)];

    protected override IQueryable<PropagandaActivity> FilterByType(IQueryable<PropagandaActivity> entries, PropagandaQuery query)
    {
        entries = query.Channel is { } channel ? entries.Where(e => e.Channel == channel) : entries;
        return query.Mode is { } mode ? entries.Where(e => e.Mode == mode) : entries;
    }

    protected override Expression<Func<PropagandaActivity, bool>> Matches(string text) =>
        e => e.Title.Contains(text) || (e.Place != null && e.Place.Contains(text)) || (e.ContentSummary != null && e.ContentSummary.Contains(text));

    protected override async Task<IReadOnlyList<EntryTotal>> SumsAsync(IQueryable<PropagandaActivity> filtered)
    {
        var sums = await filtered.GroupBy(_ => 1)
            .Select(g => new { Quantity = g.Sum(e => (long)e.Quantity), Reach = g.Sum(e => (long)(e.EstimatedReach ?? 0)) })
            .SingleAsync();
        return [new("Số lượng (lượt, bài, băng rôn)", sums.Quantity), new("Số người tiếp cận", sums.Reach)];
    }
}
