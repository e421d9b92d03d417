namespace NguyenTrai.DigitalLiteracy.Reporting.Figures;

/// <summary>One figure of one group: the group is a unit id or a yyyyMM month, as the grain says.</summary>
public readonly record struct FigureValue(int Group, string Key, long Value);
