using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using NguyenTrai.DigitalLiteracy.Domain.Common;
using NguyenTrai.DigitalLiteracy.Domain.Users;

namespace NguyenTrai.DigitalLiteracy.Web.Infrastructure.Authorization;

/// <summary>
/// Staff act only on their own unit's data; the office reads everything and reviews; leadership reads.
/// The unit comes from the loaded resource, never from what the request posted.
/// </summary>
public sealed class UnitOwnedAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, IUnitOwned>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, IUnitOwned resource)
    {
        var user = context.User;
        var ownUnit = user.IsInRole(Roles.UnitStaff) && CurrentUser.UnitIdOf(user) == resource.UnitId;
        var allowed = requirement.Name switch
        {
            nameof(Operations.Read) => ownUnit || user.IsInRole(Roles.CultureOffice) || user.IsInRole(Roles.Leadership),
            nameof(Operations.Create) or nameof(Operations.Update) or nameof(Operations.Delete) or nameof(Operations.Submit) => ownUnit,
            nameof(Operations.Review) => user.IsInRole(Roles.CultureOffice),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
