"""Every YAML shape of the project, declared once, one module per file kind.

Unknown keys are errors (a typo must not silently drop a fact). Texts that differ per language
are `Localized`: a mapping from the site's languages to texts; the default language's text is
required, the others fall back to it (content/fallback.py).
"""

from cegah.content.schemas.campaigns import (  # noqa: F401
    Campaign,
    CampaignEvent,
    CampaignItem,
    Format,
    LocalOffice,
    PagePath,
)
from cegah.content.schemas.common import (  # noqa: F401
    SLUG,
    SOURCE_DATE,
    DatedSource,
    Email,
    Localized,
    Phone,
    PhoneText,
    Source,
    Strict,
    Url,
    WhatsAppText,
    require_unique_ids,
)
from cegah.content.schemas.contacts import (  # noqa: F401
    FAILED_CALLS,
    CallResult,
    Contact,
    ContactsFile,
    Corrections,
    Situation,
    TestCall,
)
from cegah.content.schemas.deck import DeckFile, DeckSlide  # noqa: F401
from cegah.content.schemas.layouts import (  # noqa: F401
    CardLayout,
    Colour,
    FormLayout,
    LayoutBase,
    LayoutFile,
    PageSize,
    PosterLayout,
    SlidesLayout,
    TextStyle,
    TrifoldLayout,
)
from cegah.content.schemas.pages import (  # noqa: F401
    PageMeta,
    TranslationsFile,
)
from cegah.content.schemas.penalties import (  # noqa: F401
    Law,
    Offence,
    PenaltiesFile,
    Prison,
)
from cegah.content.schemas.quiz import QuizFile, QuizQuestion  # noqa: F401
from cegah.content.schemas.selfcheck import (  # noqa: F401
    SelfCheckFile,
    SelfCheckLevel,
    SelfCheckQuestion,
    SelfCheckResult,
)
from cegah.content.schemas.settings import Brand, Publisher, SiteSettings  # noqa: F401
