using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Web.Features.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Initiatives;

[Route("hoat-dong/sang-kien")]
public sealed class InitiativesController(EntryServices services)
    : EntriesController<Initiative, InitiativeForm, InitiativeQuery>(services)
{
    private static readonly EntryTypeInfo TypeInfo = new("Sáng kiến, cách làm hay, mô hình hiệu quả", "sáng kiến", "/hoat-dong/sang-kien", "sang-kien", "bi-lightbulb");

    private static readonly EntryColumn<Initiative>[] AllColumns =
    [
        new("Loại", e => e.Kind, InList: true),
        new("Lĩnh vực", e => e.Field),
        new("Người / tổ chức đề xuất là", e => e.ProposerType),
        new("Người / tổ chức đề xuất", e => e.ProposerName, InList: true),
        new("Liên hệ", e => e.ProposerContact),
        new("Mô tả", e => e.Description),
        new("Kết quả đạt được", e => e.Results),
        new("Trạng thái", e => e.Status, InList: true),
        new("Nhận xét của Phòng VHXH", e => e.EvaluationNote),
    ];

    protected override EntryTypeInfo Info => TypeInfo;

    protected override IReadOnlyList<EntryColumn<Initiative>> Columns => AllColumns;

    protected override IReadOnlyList<EntryTypeFilter> TypeFilters(InitiativeQuery query) => [EntryTypeFilter.Of("Status", "Trạng thái", query.Status)];

    protected override IQueryable<Initiative> FilterByType(IQueryable<Initiative> entries, InitiativeQuery query) =>
        query.Status is { } status ? entries.Where(e => e.Status == status) : entries;

    protected override Expression<Func<Initiative, bool>> Matches(string text) =>
        e => e.Title.Contains(text) || e.ProposerName.Contains(text) || e.Description.Contains(text);

    protected override async Task<IReadOnlyList<EntryTotal>> SumsAsync(IQueryable<Initiative> filtered)
    {
        var selected = await filtered.CountAsync(e => e.Status == InitiativeStatus.Selected);
        return [new("Được chọn báo cáo thành phố", selected)];
    }
}
