using NguyenTrai.DigitalLiteracy.TestSupport;

namespace NguyenTrai.DigitalLiteracy.IntegrationTests.OneTruth;

/// <summary>The demo ward plus generated units, entries and reports (fixed seed), shared by the consistency tests.</summary>
public sealed class OneTruthWard : PortalFactory, IAsyncLifetime
{
    public const int Seed = 20261129;

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);

    public Task InitializeAsync() => GeneratedWard.AddAsync(this, Seed);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
