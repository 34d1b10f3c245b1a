console.log("jobmate test bundle");
