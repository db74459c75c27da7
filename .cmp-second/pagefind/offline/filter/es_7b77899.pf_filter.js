explainerPagefindFile(
  'filter/es_7b77899.pf_filter',
  'H4sIAAAAAAAC/w3MSQ6AIAwAQPfllYbQCiRCmwIHj9TEd+sHho3DMyQ4wIJCuRlfddYbLijaD4pOqHIbFTxFbJ1eJM6kkE0JlHRe9MxUxeKzbvsPoMQ2fRQ7h/dVAAAA',
);
