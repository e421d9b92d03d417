using Microsoft.Extensions.Options;
using NguyenTrai.DigitalLiteracy.Data;
using NguyenTrai.DigitalLiteracy.Data.Jobs;
using NguyenTrai.DigitalLiteracy.Web.Features.Notifications;
using NguyenTrai.DigitalLiteracy.Web.Infrastructure.Identity;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Jobs;

/// <summary>
/// Runs the daily jobs that are due, each on one instance only (<see cref="JobLeases"/>): today the deadline
/// reminders; expired sessions are cleared and the planner's statistics refreshed by every instance (harmless to repeat).
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, IOptions<JobOptions> options, ILogger<JobRunner> logger) : IDisposable
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(10);

    /// <summary>One run at a time within this instance; the lease does the same between instances.</summary>
    private readonly SemaphoreSlim running = new(1, 1);

    /// <summary>This host's name in the lease table; two hosts in one process (tests) have two.</summary>
    public string Instance { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <returns>True when this instance ran the deadline reminders now.</returns>
    public async Task<bool> RunDueAsync(CancellationToken ct)
    {
        if (!await running.WaitAsync(TimeSpan.Zero, ct))
        {
            return false;
        }

        try
        {
            return await RunDueOnceAsync(ct);
        }
        finally
        {
            running.Release();
        }
    }

    public void Dispose() => running.Dispose();

    private async Task<bool> RunDueOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var clock = services.GetRequiredService<WardClock>();
        var db = services.GetRequiredService<AppDbContext>();
        await DatabaseTicketStore.DeleteExpiredAsync(db, clock.UtcNow);
        await PlannerStatistics.RefreshAsync(db, everyTable: false, ct); // as data grows the plans stay right (cheap, harmless to repeat)
        if (TimeOnly.FromDateTime(clock.LocalNow) < options.Value.RunAt)
        {
            return false;
        }

        var today = clock.Today;
        var leases = services.GetRequiredService<JobLeases>();
        if (!await leases.TryTakeAsync(JobLease.DeadlineReminders, Instance, LeaseDuration, today, ct))
        {
            return false;
        }

        try
        {
            var reminded = await services.GetRequiredService<DeadlineReminderJob>().RunAsync(ct);
            await leases.CompleteAsync(JobLease.DeadlineReminders, Instance, today, ct);
            logger.LogInformation("Deadline reminders for {Today}: {Units} units reminded by {Instance}", today, reminded, Instance);
            return true;
        }
        catch
        {
            await leases.ReleaseAsync(JobLease.DeadlineReminders, Instance, CancellationToken.None);
            throw;
        }
    }
}

/// <summary>Wakes every <see cref="JobOptions.CheckInterval"/> on the injected clock (tests move it) and runs what is due.</summary>
public sealed class JobScheduler(JobRunner runner, TimeProvider clock, IOptions<JobOptions> options, ILogger<JobScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Background jobs failed; next attempt in {Interval}", options.Value.CheckInterval);
            }

            try
            {
                await Task.Delay(options.Value.CheckInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

public static class JobRegistration
{
    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobOptions>(configuration.GetSection(JobOptions.Section));
        services.AddScoped<JobLeases>();
        services.AddScoped<DeadlineReminderJob>();
        services.AddSingleton<JobRunner>();
        if (configuration.GetSection(JobOptions.Section).GetValue(nameof(JobOptions.Enabled), true))
        {
            services.AddHostedService<JobScheduler>();
        }

        return services;
    }
}
