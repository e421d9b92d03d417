using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

/// <summary>What a user wants to do with a unit's data; checked against the loaded resource.</summary>
public static class Operations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    public static readonly OperationAuthorizationRequirement Create = new() { Name = nameof(Create) };
    public static readonly OperationAuthorizationRequirement Update = new() { Name = nameof(Update) };
    public static readonly OperationAuthorizationRequirement Delete = new() { Name = nameof(Delete) };
    public static readonly OperationAuthorizationRequirement Submit = new() { Name = nameof(Submit) };
    public static readonly OperationAuthorizationRequirement Review = new() { Name = nameof(Review) };
}
