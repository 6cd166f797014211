from .downloads import DownloadCount
from .pages import CurriculumIndexPage, ModulePage, ModuleResource

__all__ = ["CurriculumIndexPage", "DownloadCount", "ModulePage", "ModuleResource"]
