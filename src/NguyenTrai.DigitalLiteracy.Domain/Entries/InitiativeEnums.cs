using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Domain.Entries;

public enum InitiativeKind
{
    [Display(Name = "Sáng kiến")] Initiative = 1,
    [Display(Name = "Cách làm hay")] GoodPractice = 2,
    [Display(Name = "Mô hình hiệu quả")] EffectiveModel = 3,
}

public enum InitiativeField
{
    [Display(Name = "Đời sống")] DailyLife = 1,
    [Display(Name = "Sản xuất")] Production = 2,
    [Display(Name = "Kinh doanh")] Business = 3,
    [Display(Name = "Hành chính công")] PublicAdministration = 4,
    [Display(Name = "Giáo dục")] Education = 5,
    [Display(Name = "Lĩnh vực khác")] Other = 6,
}

public enum ProposerType
{
    [Display(Name = "Cá nhân")] Individual = 1,
    [Display(Name = "Tổ chức")] Organisation = 2,
}

public enum InitiativeStatus
{
    [Display(Name = "Đề xuất")] Proposed = 1,
    [Display(Name = "Đang xem xét")] UnderReview = 2,
    [Display(Name = "Được chọn báo cáo thành phố")] Selected = 3,
    [Display(Name = "Không được chọn")] NotSelected = 4,
}
