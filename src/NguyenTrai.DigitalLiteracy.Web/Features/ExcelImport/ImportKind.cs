namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

/// <summary>
/// The sheets that can be imported; the slug is used in URLs and the form. <see cref="FormType"/> is the web form whose
/// labels and validation rules the columns use (<see cref="ImportColumn"/>).
/// </summary>
public sealed record ImportKind(string Slug, string Name, string FileName, Type RowType, Type FormType)
{
    public static readonly ImportKind Training = new("lop-hoc", "Lớp học, buổi hướng dẫn", "mau-nhap-lop-hoc.xlsx", typeof(TrainingImportRow), typeof(Features.Training.TrainingForm));
    public static readonly ImportKind Propaganda = new("tuyen-truyen", "Hoạt động tuyên truyền", "mau-nhap-tuyen-truyen.xlsx", typeof(PropagandaImportRow), typeof(Features.Propaganda.PropagandaForm));

    public static IReadOnlyList<ImportKind> All { get; } = [Training, Propaganda];

    public static ImportKind? FromSlug(string? slug) => All.FirstOrDefault(k => k.Slug == slug);
}
