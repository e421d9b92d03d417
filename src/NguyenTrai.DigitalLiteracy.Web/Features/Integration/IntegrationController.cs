using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Integration;

[Route("hoat-dong/long-ghep")]
public sealed class IntegrationController(EntryServices services)
    : EntriesController<IntegrationActivity, IntegrationForm, IntegrationQuery>(services)
{
    private static readonly EntryTypeInfo TypeInfo = new("Hoạt động lồng ghép", "hoạt động lồng ghép", "/hoat-dong/long-ghep", "long-ghep", "bi-diagram-3");

    private static readonly EntryColumn<IntegrationActivity>[] AllColumns =
    [
        new("Lồng ghép vào", e => e.Target, InList: true),
        new("Kế hoạch / cuộc vận động", e => e.PlanName),
        new("Cơ quan chủ trì", e => e.OrganisingBody, InList: true),
        new("Nội dung lồng ghép", e => e.Content),
        new("Số người tiếp cận", e => e.Reach, InList: true),
    ];

    protected override EntryTypeInfo Info => TypeInfo;

    protected override IReadOnlyList<EntryColumn<IntegrationActivity>> Columns => AllColumns;

    protected override IReadOnlyList<EntryTypeFilter> TypeFilters(IntegrationQuery query) => [EntryTypeFilter.Of("Target", "Lồng ghép vào", query.Target)];

    protected override IQueryable<IntegrationActivity> FilterByType(IQueryable<IntegrationActivity> entries, IntegrationQuery query) =>
        query.Target is { } target ? entries.Where(e => e.Target == target) : entries;

    protected override Expression<Func<IntegrationActivity, bool>> Matches(string text) =>
        e => e.Title.Contains(text) || e.PlanName.Contains(text) || e.OrganisingBody.Contains(text) || e.Content.Contains(text);

    protected override async Task<IReadOnlyList<EntryTotal>> SumsAsync(IQueryable<IntegrationActivity> filtered)
    {
        var reach = await filtered.SumAsync(e => e.Reach ?? 0);
        return [new("Số người tiếp cận", reach)];
    }
}
