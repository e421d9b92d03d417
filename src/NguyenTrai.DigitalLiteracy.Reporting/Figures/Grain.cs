using System.Linq.Expressions;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

/// <summary>What figures are grouped by: unit (the ranking tables, frozen sets), Decree 09 month (trends), or none (totals).</summary>
public enum Grain
{
    Unit,
    Month,

    /// <summary>Everything in one group (key 0): the window's totals and breakdowns.</summary>
    Ward,
}

/// <summary>The SQL grouping key of a grain, alone or combined with a small sub-key (a channel, a status).</summary>
internal static class GrainKeys
{
    /// <summary>Sub-keys are below this factor (enum values, flag combinations up to 127); yyyyMM times it stays within int.</summary>
    public const int Factor = 1000;

    public static Expression<Func<Entry, int>> Of(Grain grain) => grain switch
    {
        Grain.Unit => e => e.UnitId,
        Grain.Month => e => e.ReportingMonth,
        _ => e => 0,
    };

    /// <summary>grain(e) * Factor + sub(e), as one expression EF can group by.</summary>
    public static Expression<Func<Entry, int>> With(Grain grain, Expression<Func<Entry, int>> sub)
    {
        var key = Of(grain);
        var entry = key.Parameters[0];
        var subBody = new Rebind(sub.Parameters[0], entry).Visit(sub.Body);
        return Expression.Lambda<Func<Entry, int>>(
            Expression.Add(Expression.Multiply(key.Body, Expression.Constant(Factor)), subBody), entry);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
