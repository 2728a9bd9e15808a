/** Indicator ids (domain brief §5): camelCase, stable across versions; reports, tests and standards use them. */
export const INDICATOR_IDS = [
  'teachingAreaPerStudent',
  'sportsAreaPerStudent',
  'equipmentValuePerStudent',
  'computersPer100',
  'booksPerStudent',
  'teachersPerStudent',
  'aboveDegreeTeachersPerStudent',
  'seniorTitleTeachersPerStudent',
  'aboveDegreeTeachersPer100',
  'backboneTeachersPer100',
  'peArtTeachersPer100',
  'multimediaRoomsPer100',
  'landAreaPerStudent',
  'buildingAreaPerStudent',
  'greenAreaRatio',
  'schoolSize',
  'classSize',
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];
