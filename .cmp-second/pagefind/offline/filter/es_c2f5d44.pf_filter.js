explainerPagefindFile(
  'filter/es_c2f5d44.pf_filter',
  'H4sIAAAAAAAC/ytITE9Ny8xLiU9JTmlKqUxNLGpsSjEyMDJtZufgBAAcEf0lHQAAAA==',
);
