namespace NguyenTrai.DigitalLiteracy.Web.Features.ExcelImport;

public static class ExcelImportRegistration
{
    public static IServiceCollection AddExcelImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ImportLimits>(configuration.GetSection(ImportLimits.Section));
        return services.AddScoped<ExcelImporter>().AddScoped<ImportDrafts>();
    }
}
