namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

public static class ExcelImportRegistration
{
    public static IServiceCollection AddExcelImport(this IServiceCollection services) =>
        services.AddScoped<ExcelImporter>().AddScoped<ImportDrafts>();
}
