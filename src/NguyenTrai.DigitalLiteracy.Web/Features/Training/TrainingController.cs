using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenTrai.DigitalLiteracy.Domain.Entries;
using NguyenTrai.DigitalLiteracy.Reporting.Rules;
using NguyenTrai.DigitalLiteracy.Web.Features.Entries;

namespace NguyenTrai.DigitalLiteracy.Web.Features.Training;

[Route("hoat-dong/lop-hoc")]
public sealed class TrainingController(EntryServices services)
    : EntriesController<TrainingSession, TrainingForm, TrainingQuery>(services)
{
    private static readonly EntryTypeInfo TypeInfo = new("Lớp học, buổi hướng dẫn kỹ năng số", "lớp học / buổi hướng dẫn", "/hoat-dong/lop-hoc", "lop-hoc", "bi-easel");

    private static readonly EntryColumn<TrainingSession>[] AllColumns =
    [
        new("Hình thức", e => e.Format, InList: true),
        new("Thời lượng (giờ)", e => e.DurationHours),
        new("Địa điểm", e => e.Place),
        new("Nền tảng", e => e.Platforms),
        new("Đối tượng", e => e.TargetGroups),
        new("Lượt người tham gia", e => e.ParticipantsTotal, InList: true),
        new("Lượt nữ", e => e.ParticipantsWomen, InList: true),
        new("Lượt từ 60 tuổi", e => e.ParticipantsAged60Plus),
        new("Lượt từ 18 tuổi", e => e.ParticipantsAdults is { } adults ? adults : EntryValueText.Unknown),
        new("Tài khoản tạo mới", e => e.AccountsCreated),
        new("Lượt hoàn thành khóa học", e => e.Completions),
        new("Người hướng dẫn", e => e.Instructors),
    ];

    protected override EntryTypeInfo Info => TypeInfo;

    protected override IReadOnlyList<EntryColumn<TrainingSession>> Columns => AllColumns;

    protected override IReadOnlyList<EntryTypeFilter> TypeFilters(TrainingQuery query) =>
    [
        EntryTypeFilter.Of("Format", "Hình thức", query.Format),
        EntryTypeFilter.Of("Mode", "Trực tuyến/trực tiếp", query.Mode),
        EntryTypeFilter.Of("Platform", "Nền tảng", query.Platform),
        EntryTypeFilter.Of("TargetGroup", "Đối tượng", query.TargetGroup),
    ];

    /// <summary>A session teaching several platforms (or for several groups) is listed under each, as the figures count it.</summary>
    protected override IQueryable<TrainingSession> FilterByType(IQueryable<TrainingSession> entries, TrainingQuery query)
    {
        entries = query.Format is { } format ? entries.Where(e => e.Format == format) : entries;
        entries = query.Mode is { } mode ? entries.Where(TrainingModes.Is(mode)) : entries;
        entries = query.Platform is { } platform ? entries.Where(e => (e.Platforms & platform) == platform) : entries;
        return query.TargetGroup is { } group ? entries.Where(e => (e.TargetGroups & group) == group) : entries;
    }

    protected override Expression<Func<TrainingSession, bool>> Matches(string text) =>
        e => e.Title.Contains(text) || (e.Place != null && e.Place.Contains(text)) || (e.Instructors != null && e.Instructors.Contains(text));

    protected override async Task<IReadOnlyList<EntryTotal>> SumsAsync(IQueryable<TrainingSession> filtered)
    {
        // 64-bit sums: thousands of imported rows must never overflow the office's all-unit list.
        var sums = await filtered.GroupBy(_ => 1).Select(g => new
        {
            Total = g.Sum(e => (long)e.ParticipantsTotal),
            Women = g.Sum(e => (long)e.ParticipantsWomen),
            Elderly = g.Sum(e => (long)e.ParticipantsAged60Plus),
            Adults = g.Sum(e => (long)(e.ParticipantsAdults ?? 0)),
            AdultsUnknown = g.Sum(e => e.ParticipantsAdults == null ? (long)e.ParticipantsTotal : 0L),
            Accounts = g.Sum(e => (long)e.AccountsCreated),
            Completions = g.Sum(e => (long)e.Completions),
        }).SingleAsync();
        return
        [
            new("Lượt người tham gia", sums.Total), new("Lượt nữ", sums.Women), new("Lượt từ 60 tuổi", sums.Elderly),
            new("Lượt từ 18 tuổi", sums.Adults), .. sums.AdultsUnknown > 0 ? [new EntryTotal("Lượt chưa rõ độ tuổi", sums.AdultsUnknown)] : Array.Empty<EntryTotal>(),
            new("Tài khoản tạo mới", sums.Accounts), new("Lượt hoàn thành khóa học", sums.Completions),
        ];
    }
}
