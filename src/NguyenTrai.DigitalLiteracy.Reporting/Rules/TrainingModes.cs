using System.Linq.Expressions;
using NguyenTrai.DigitalLiteracy.Domain.Entries;

namespace NguyenTrai.DigitalLiteracy.Reporting.Rules;

/// <summary>
/// Online or in person, as the ward's letter asks ("trực tuyến, trực tiếp"): propaganda records its mode; a training
/// session is online when its format is online, in person otherwise (class, guidance session, hands-on experience).
/// </summary>
public static class TrainingModes
{
    public static DeliveryMode Of(TrainingFormat format) => format == TrainingFormat.Online ? DeliveryMode.Online : DeliveryMode.InPerson;

    public static Expression<Func<TrainingSession, bool>> Is(DeliveryMode mode) => mode == DeliveryMode.Online
        ? e => e.Format == TrainingFormat.Online
        : e => e.Format != TrainingFormat.Online;
}
