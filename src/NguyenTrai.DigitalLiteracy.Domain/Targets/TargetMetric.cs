using System.ComponentModel.DataAnnotations;

namespace NguyenTrai.DigitalLiteracy.Domain.Targets;

public enum TargetMetric
{
    [Display(Name = "Số lượt người được hướng dẫn")] PeopleTrained = 1,
    [Display(Name = "Số lớp học, buổi hướng dẫn")] TrainingSessions = 2,
    [Display(Name = "Số tài khoản tạo trên binhdanhocvuso.gov.vn")] AccountsCreated = 3,
    [Display(Name = "Số lượt người hoàn thành khóa học")] Completions = 4,
    [Display(Name = "Số hoạt động tuyên truyền")] PropagandaActivities = 5,
    [Display(Name = "Số sáng kiến, cách làm hay")] Initiatives = 6,
    [Display(Name = "Số hoạt động lồng ghép")] IntegrationActivities = 7,

    /// <summary>Adults (18+) reached: the count behind "% người trưởng thành được hướng dẫn" (target / adult population = the year's line).</summary>
    [Display(Name = "Số lượt người từ 18 tuổi trở lên được hướng dẫn")] AdultsTrained = 8,
}
